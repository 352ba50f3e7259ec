// The Hindi catalogue: complete, faithful to each source's placeholders, used by the core and Qt.
#include "core/interactiontype.h"
#include "core/leadstatus.h"
#include "core/rules.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// One <message> of a .ts file.
struct CatalogueEntry
{
    QString context;
    QString source;
    QString comment; // the disambiguation, if any
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString where() const { return context + QStringLiteral(" / \"") + source + QLatin1Char('"'); }
};

QList<CatalogueEntry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<CatalogueEntry> entries;
    QString context;
    CatalogueEntry entry;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            entries.append(entry);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") || name == QLatin1String("context")) {
            // descend into the messages
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = CatalogueEntry {};
            entry.context = context;
            entry.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            entry.translations.append(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

// The accelerator marks: a single '&' (not "&&", which shows an ampersand).
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString report(const QStringList &problems)
{
    return QString::number(problems.size()) + QStringLiteral(" problem(s):\n  ")
        + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEntryIsTranslated();
    void placeholdersAndAcceleratorsAreKept();
    void compiledCatalogueMatchesTheSource();
    void coreStringsAreTranslated();
    void qtsOwnButtonsAreTranslated();
    void cleanupTestCase();

private:
    QList<CatalogueEntry> m_entries;
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_entries = readCatalogue(QStringLiteral(TOUCHPOINT_HINDI_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral(TOUCHPOINT_HINDI_TS ": ") + error));
    // The core's contexts must be there: lupdate found the strings of models/, ui/ and app/.
    QStringList contexts;
    for (const CatalogueEntry &entry : std::as_const(m_entries))
        contexts.append(entry.context);
    for (const char *expected : { "InteractionType", "LeadStatus", "Rules", "Database",
                                  "InteractionDialog", "MainWindow", "WindowCommand" })
        QVERIFY2(contexts.contains(QLatin1String(expected)), expected);

    QVERIFY2(m_translator.load(QStringLiteral(TOUCHPOINT_HINDI_QM)), TOUCHPOINT_HINDI_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::everyEntryIsTranslated()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        if (!entry.type.isEmpty())
            problems.append(entry.type + QStringLiteral(": ") + entry.where());
        else if (entry.translations.isEmpty()
                 || std::any_of(entry.translations.cbegin(), entry.translations.cend(),
                                [](const QString &text) { return text.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty: ") + entry.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::placeholdersAndAcceleratorsAreKept()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        for (const QString &translation : entry.translations) {
            if (placeholders(translation) != placeholders(entry.source))
                problems.append(QStringLiteral("placeholders differ: ") + entry.where()
                                + QStringLiteral(" -> ") + translation);
            if (accelerators(translation) != accelerators(entry.source))
                problems.append(QStringLiteral("accelerators differ: ") + entry.where()
                                + QStringLiteral(" -> ") + translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::compiledCatalogueMatchesTheSource()
{
    // A .qm built from an older .ts would miss or disagree with entries of the committed one.
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        if (entry.numerus || entry.translations.isEmpty())
            continue;
        const QByteArray context = entry.context.toUtf8();
        const QByteArray source = entry.source.toUtf8();
        const QByteArray comment = entry.comment.toUtf8();
        const QString compiled
            = m_translator.translate(context.constData(), source.constData(),
                                     comment.isEmpty() ? nullptr : comment.constData());
        if (compiled != entry.translations.constFirst())
            problems.append(entry.where() + QStringLiteral(" -> \"") + compiled
                            + QStringLiteral("\""));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::coreStringsAreTranslated()
{
    // Through the core's own calls, so that a context that does not match the catalogue shows.
    for (InteractionType type : InteractionTypes::all()) {
        const QString name = InteractionTypes::displayName(type);
        QVERIFY2(!name.isEmpty()
                     && name.compare(InteractionTypes::code(type), Qt::CaseInsensitive) != 0,
                 qPrintable(name));
    }
    QCOMPARE(InteractionTypes::displayName(InteractionType::Call), QStringLiteral("कॉल"));
    QCOMPARE(QCoreApplication::translate("InteractionType", "Order"), QStringLiteral("ऑर्डर"));
    QCOMPARE(LeadStatuses::displayName(LeadStatus::MeetingScheduled), QStringLiteral("मीटिंग तय"));

    // A rule's message: English for the API, Hindi for the window, with its argument filled in.
    LeadDraft draft;
    draft.name = QString(Rules::maxNameLength + 1, QLatin1Char('x'));
    draft.status = LeadStatus::New;
    const ValidationErrors errors = Rules::checkLead(draft);
    QVERIFY(errors.has(QStringLiteral("name")));
    const QString limit = QString::number(Rules::maxNameLength);
    QCOMPARE(errors.englishMessages(QStringLiteral("name")),
             QStringList {
                 QStringLiteral("Ensure this field has no more than %1 characters.").arg(limit) });
    QCOMPARE(errors.translatedMessages(QStringLiteral("name")),
             QStringList { QStringLiteral("इस फ़ील्ड में %1 से ज़्यादा अक्षर न हों।").arg(limit) });
}

void TestTranslations::qtsOwnButtonsAreTranslated()
{
    // Qt has no Hindi catalogue; app/qttexts.h marks its button texts under Qt's own contexts.
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Yes | QDialogButtonBox::No);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("सहेजें"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("रद्द करें"));
    QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), QStringLiteral("हाँ (&Y)"));
    QCOMPARE(buttons.button(QDialogButtonBox::No)->text(), QStringLiteral("नहीं (&N)"));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
