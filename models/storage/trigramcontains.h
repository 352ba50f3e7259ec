#pragma once

// The SQL function trigram_contains(text, needle): whether text holds needle the way the
// full-text index (FTS5, trigram tokenizer) finds it, checked on one row without the index.

struct sqlite3;

class TrigramContains final
{
public:
    // Adds the function to the connection; an SQLite result code (SQLITE_OK on success).
    static int install(sqlite3 *connection);
};
