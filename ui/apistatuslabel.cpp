#include "apistatuslabel.h"

#include "localapi.h"
#include "settings.h"

ApiStatusLabel::ApiStatusLabel(Settings &settings, QWidget *parent)
    : QLabel(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("apiLabel"));
    // Apart from the other facts of the status bar and from the window's edge.
    setContentsMargins(fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
}

void ApiStatusLabel::setLocalApi(LocalApi *api)
{
    m_api = api;
    if (m_api) {
        connect(m_api, &LocalApi::requestHandled, this,
                [this](const QString &method, const QString &path, int status, double ms) {
                    emit requestShown(tr("REST API: %1 %2 → %3 (%4 ms)")
                                          .arg(method, path)
                                          .arg(status)
                                          .arg(ms, 0, 'f', 1));
                });
    }
    applySettings();
}

void ApiStatusLabel::applySettings()
{
    if (!m_api) {
        setText(QString());
        setVisible(false);
        return;
    }
    setVisible(true);
    const bool wanted = m_settings.apiEnabled();
    const quint16 port = m_settings.apiPort();
    // Never run without the token the person set: a token that cannot be used stops the API.
    if (QString problem; !m_api->setToken(m_settings.apiToken(), &problem)) {
        m_api->stop();
        setText(tr("REST API: off, the token in Settings cannot be used"));
        setToolTip(problem);
        if (wanted)
            emit failed(tr("REST API Not Started"),
                        tr("The API token in Settings cannot be used: %1\n\nSet another in "
                           "Settings.")
                            .arg(problem));
        return;
    }
    if (m_api->isRunning() && (!wanted || m_api->port() != port))
        m_api->stop();
    if (wanted && !m_api->isRunning() && !m_api->start(port)) {
        setText(tr("REST API: could not start on port %1").arg(port));
        setToolTip(m_api->errorString());
        emit failed(tr("REST API Not Started"),
                    tr("The REST API could not listen on port %1: %2\n\nChoose another port "
                       "in Settings.")
                        .arg(port)
                        .arg(m_api->errorString()));
        return;
    }
    setToolTip(QString());
    if (!m_api->isRunning())
        setText(tr("REST API: off"));
    else if (m_api->requiresToken())
        setText(tr("REST API: on, http://%1:%2, token required")
                    .arg(m_api->address())
                    .arg(m_api->port()));
    else
        setText(tr("REST API: on, http://%1:%2").arg(m_api->address()).arg(m_api->port()));
}
