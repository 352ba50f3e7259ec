#include "syncstatuslabel.h"

#include "replicarounds.h"
#include "storage/replicastore.h"

#include <QLocale>
#include <QMouseEvent>

SyncStatusLabel::SyncStatusLabel(Database &database, const ReplicaRounds &rounds, QWidget *parent)
    : QLabel(parent)
    , m_database(database)
    , m_rounds(rounds)
{
    setObjectName(QStringLiteral("syncLabel"));
    setContentsMargins(fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
    refresh();
}

void SyncStatusLabel::refresh()
{
    ReplicaStore store(m_database);
    const StoreResult<std::optional<ReplicaStore::Membership>> member = store.membership();
    if (!member.ok() || !member.value || !member.value->downloaded()) {
        setVisible(false);
        setText(QString());
        return;
    }
    const StoreResult<ReplicaStore::Status> status = store.status();
    if (!status.ok()) {
        setVisible(true);
        setText(tr("Sync: status unknown"));
        setToolTip(status.failure);
        return;
    }
    QStringList parts;
    if (status.value.offlineSince.isValid())
        parts.append(tr("Offline since %1")
                         .arg(QLocale().toString(status.value.offlineSince.toLocalTime().time(),
                                                 QLocale::ShortFormat)));
    if (status.value.conflicts > 0)
        // Without an English catalogue "%n conflict(s)" would show as it is written.
        parts.append(status.value.conflicts == 1
                         ? tr("1 conflict")
                         : tr("%n conflicts", nullptr, int(status.value.conflicts)));
    if (status.value.waiting > 0)
        parts.append(status.value.waiting == 1
                         ? tr("1 change waiting")
                         : tr("%n changes waiting", nullptr, int(status.value.waiting)));
    m_conflicts = status.value.conflicts;
    setText(parts.isEmpty() ? tr("In step") : parts.join(QStringLiteral(" · ")));
    const QString failure = m_rounds.lastFailure();
    setToolTip(!failure.isEmpty()    ? failure
                   : m_conflicts > 0 ? tr("Click to decide the conflicts")
                   : status.value.lastRoundAt.isValid()
                   ? tr("Last round with the team server: %1")
                         .arg(QLocale().toString(status.value.lastRoundAt.toLocalTime(),
                                                 QLocale::ShortFormat))
                   : QString());
    setCursor(m_conflicts > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setVisible(true);
}

void SyncStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_conflicts > 0)
        emit conflictsRequested();
    QLabel::mouseReleaseEvent(event);
}
