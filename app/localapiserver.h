#pragma once

// The REST API run inside the window's process: ApiServer on the window's own Database, on the
// loopback address, behind the LocalApi face that the window knows.

#include "localapi.h"

class ApiServer;
class Database;

class LocalApiServer final : public LocalApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalApiServer)

public:
    explicit LocalApiServer(Database &database, QObject *parent = nullptr);
    ~LocalApiServer() override;

    bool start(quint16 port) override;
    void stop() override;
    bool isRunning() const override;
    quint16 port() const override;
    QString address() const override;
    QString errorString() const override;
    bool setToken(const QByteArray &key, QString *problem) override;
    bool requiresToken() const override { return m_requiresToken; }
    QString problemWithToken(const QByteArray &key) const override;

private:
    ApiServer *m_server;
    bool m_requiresToken = false;
};
