#pragma once

// The status bar's word on the in-window REST API: starts or stops it as Settings say, and shows
// whether it is on, where it listens and whether it wants a token, or why it is off.

#include <QLabel>

class LocalApi;
class Settings;

class ApiStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiStatusLabel)

public:
    explicit ApiStatusLabel(Settings &settings, QWidget *parent = nullptr);

    // The REST API that app/ runs inside this process, if this build has one; not owned. It is
    // started now if Settings say so.
    void setLocalApi(LocalApi *api);
    LocalApi *localApi() const { return m_api; }
    // Starts, stops or restarts the API as Settings now say, and shows its state.
    void applySettings();

signals:
    // The API could not be started as Settings ask; to be shown to the person.
    void failed(const QString &title, const QString &message);
    // A request the API answered, for the status bar's passing message.
    void requestShown(const QString &message);

private:
    Settings &m_settings;
    LocalApi *m_api = nullptr;
};
