#pragma once

// The REST API as the window sees it: something app/ may run inside the window's process. The
// window starts and stops it from Settings and shows its state; what runs it lives in app/, so
// that this library never depends on QtHttpServer.

#include <QObject>
#include <QString>

class LocalApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalApi)

public:
    using QObject::QObject;
    ~LocalApi() override = default;

    // Listens on the loopback address; false with errorString() when the port cannot be taken.
    virtual bool start(quint16 port) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual quint16 port() const = 0;
    virtual QString address() const = 0; // "127.0.0.1"
    virtual QString errorString() const = 0;

    // The key every request must then carry ("Authorization: Token <key>"); empty: none. A key
    // that is not acceptable is refused (false, and why in problem) and the previous one kept.
    virtual bool setToken(const QByteArray &key, QString *problem) = 0;
    virtual bool requiresToken() const = 0;
    // Why key cannot be a token; empty when it can (so that Settings can say so as it is typed).
    virtual QString problemWithToken(const QByteArray &key) const = 0;

signals:
    void requestHandled(const QString &method, const QString &path, int status,
                        double milliseconds);
};
