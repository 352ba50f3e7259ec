#pragma once

// The database file as bytes, for the backup and damage tests: its hash, its leads read by a
// connection of their own, and damage done to it as a bad sector would.

#include <QByteArray>
#include <QString>

// SHA-256 of the file; empty when it cannot be read.
QByteArray fileHash(const QString &path);

// How many leads a file holds, read through a Database of its own (-1: cannot open).
qint64 leadCount(const QString &path);

// Overwrites bytes from the middle of one page to the middle of the next, as a bad sector or a
// stray write would: the next page's header is hit, whatever kind of page it is. False when the
// file has fewer than four pages or cannot be written.
bool corrupt(const QString &path);
