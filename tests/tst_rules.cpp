// Rules: every rule of models/core/rules.cpp and its exact message, against a fake ReferenceLookup.
#include "core/rules.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {

// Leads 1 and 2; contacts 10 and 11 at lead 1, contact 20 at lead 2; contacts 10 and 20 have
// interactions.
class FakeReferences final : public ReferenceLookup
{
public:
    bool leadExists(qint64 lead) const override { return m_leads.contains(lead); }
    std::optional<qint64> leadOfContact(qint64 contact) const override
    {
        const auto it = m_contacts.constFind(contact);
        if (it == m_contacts.constEnd())
            return std::nullopt;
        return *it;
    }
    bool contactHasInteractions(qint64 contact) const override
    {
        return m_withInteractions.contains(contact);
    }

private:
    QSet<qint64> m_leads { 1, 2 };
    QHash<qint64, qint64> m_contacts { { 10, 1 }, { 11, 1 }, { 20, 2 } };
    QSet<qint64> m_withInteractions { 10, 20 };
};

const QString required = QStringLiteral("This field is required.");
const QString blank = QStringLiteral("This field may not be blank.");

QString tooLong(int length)
{
    return QStringLiteral("Ensure this field has no more than %1 characters.").arg(length);
}

InteractionDraft validInteraction()
{
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 10;
    draft.type = InteractionType::Call;
    draft.details = QString();
    draft.orderPlaced = false;
    draft.date = QDateTime(QDate(2024, 12, 24), QTime(15, 30), QTimeZone::utc());
    return draft;
}

LeadDraft validLead()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.status = LeadStatus::New;
    draft.city = QString();
    draft.phone = QString();
    draft.email = QString();
    draft.notes = QString();
    return draft;
}

ContactDraft validContact()
{
    ContactDraft draft;
    draft.lead = 2;
    draft.name = QStringLiteral("Asha");
    draft.role = QString();
    draft.email = QString();
    draft.phone = QString();
    return draft;
}

OrderDetailsDraft validOrder()
{
    OrderDetailsDraft draft;
    draft.productDetails = QStringLiteral("50 units of Product A");
    draft.quantity = 50;
    draft.totalPrice = Money::fromCents(50000);
    draft.orderDate = QDateTime(QDate(2024, 12, 25), QTime(12, 0), QTimeZone::utc());
    return draft;
}

// The whole verdict as field -> messages, for exact comparison.
using Verdict = QList<QPair<QString, QStringList>>;

Verdict verdict(const ValidationErrors &errors)
{
    Verdict result;
    for (const QString &field : errors.fields())
        result.append({ field, errors.englishMessages(field) });
    return result;
}

// One line per field, so that a failure shows what differs.
QString render(const Verdict &verdict)
{
    QStringList lines;
    for (const auto &[field, messages] : verdict)
        lines.append(field + QStringLiteral(": ") + messages.join(QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(InteractionDraft)
Q_DECLARE_METATYPE(LeadDraft)
Q_DECLARE_METATYPE(ContactDraft)
Q_DECLARE_METATYPE(Contact)
Q_DECLARE_METATYPE(OrderDetailsDraft)

class TestRules final : public QObject
{
    Q_OBJECT

private slots:
    void interaction_data();
    void interaction();
    void interactionAllProblemsAtOnce();
    void lead_data();
    void lead();
    void leadAllProblemsAtOnce();
    void contact_data();
    void contact();
    void contactChange_data();
    void contactChange();
    void orderDetails_data();
    void orderDetails();
    void orderDetailsAllProblemsAtOnce();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void typedAmount_data();
    void typedAmount();
};

void TestRules::interaction_data()
{
    QTest::addColumn<InteractionDraft>("draft");
    QTest::addColumn<Verdict>("expected");

    QTest::newRow("valid") << validInteraction() << Verdict();
    InteractionDraft d = validInteraction();
    d.type = InteractionType::Order;
    d.orderPlaced = true;
    d.details = QString(Rules::maxLongTextLength, QLatin1Char('x'));
    QTest::newRow("valid order, longest details") << d << Verdict();

    d = validInteraction();
    d.lead.reset();
    QTest::newRow("lead required") << d << Verdict { { "lead", { required } } };
    d = validInteraction();
    d.contact.reset();
    QTest::newRow("contact required") << d << Verdict { { "contact", { required } } };
    d = validInteraction();
    d.type.reset();
    QTest::newRow("type required") << d << Verdict { { "interaction_type", { required } } };
    d = validInteraction();
    d.orderPlaced.reset();
    QTest::newRow("order_placed required") << d << Verdict { { "order_placed", { required } } };
    d = validInteraction();
    d.date.reset();
    QTest::newRow("date required") << d << Verdict { { "date", { required } } };
    d = validInteraction();
    d.details.reset();
    QTest::newRow("details optional") << d << Verdict();

    d = validInteraction();
    d.lead = 99;
    d.contact = 20; // exists, but the lead does not: only the lead is reported
    QTest::newRow("lead must exist")
        << d << Verdict { { "lead", { "Invalid pk \"99\" - object does not exist." } } };
    d = validInteraction();
    d.contact = 77;
    QTest::newRow("contact must exist")
        << d << Verdict { { "contact", { "Invalid pk \"77\" - object does not exist." } } };
    d = validInteraction();
    d.contact = 20;
    QTest::newRow("contact must belong to the lead")
        << d << Verdict { { "contact", { "Contact 20 does not belong to lead 1." } } };
    d = validInteraction();
    d.lead = 2;
    d.contact = 20;
    QTest::newRow("other lead with its contact") << d << Verdict();
    d = validInteraction();
    d.details = QString(Rules::maxLongTextLength + 1, QLatin1Char('x'));
    QTest::newRow("details too long") << d << Verdict { { "details", { tooLong(10000) } } };
}

void TestRules::interaction()
{
    QFETCH(InteractionDraft, draft);
    QFETCH(Verdict, expected);
    QCOMPARE(render(verdict(Rules::checkInteraction(draft, FakeReferences()))), render(expected));
}

void TestRules::interactionAllProblemsAtOnce()
{
    InteractionDraft draft;
    draft.lead = 5;
    draft.contact = 6;
    draft.details = QString(Rules::maxLongTextLength + 5, QLatin1Char('y'));
    const Verdict expected { { "lead", { "Invalid pk \"5\" - object does not exist." } },
                             { "contact", { "Invalid pk \"6\" - object does not exist." } },
                             { "interaction_type", { required } },
                             { "details", { tooLong(10000) } },
                             { "order_placed", { required } },
                             { "date", { required } } };
    QCOMPARE(render(verdict(Rules::checkInteraction(draft, FakeReferences()))), render(expected));
}

void TestRules::lead_data()
{
    QTest::addColumn<LeadDraft>("draft");
    QTest::addColumn<Verdict>("expected");

    QTest::newRow("valid") << validLead() << Verdict();
    LeadDraft d = validLead();
    d.name = QString(Rules::maxNameLength, QLatin1Char('n'));
    d.city = QString(Rules::maxShortTextLength, QLatin1Char('c'));
    d.phone = QString(Rules::maxShortTextLength, QLatin1Char('1'));
    d.notes = QString(Rules::maxLongTextLength, QLatin1Char('o'));
    d.email = QStringLiteral("owner@spice.example");
    d.status = LeadStatus::Lost;
    QTest::newRow("valid at every limit") << d << Verdict();

    d = validLead();
    d.name.reset();
    QTest::newRow("name required") << d << Verdict { { "name", { required } } };
    d = validLead();
    d.name = QString();
    QTest::newRow("name empty") << d << Verdict { { "name", { blank } } };
    d = validLead();
    d.name = QStringLiteral(" \t\n ");
    QTest::newRow("name blank") << d << Verdict { { "name", { blank } } };
    d = validLead();
    d.name = QString(Rules::maxNameLength + 1, QLatin1Char('n'));
    QTest::newRow("name too long") << d << Verdict { { "name", { tooLong(200) } } };
    d = validLead();
    d.status.reset();
    QTest::newRow("status required") << d << Verdict { { "status", { required } } };
    d = validLead();
    d.city = QString(Rules::maxShortTextLength + 1, QLatin1Char('c'));
    QTest::newRow("city too long") << d << Verdict { { "city", { tooLong(200) } } };
    d = validLead();
    d.phone = QString(Rules::maxShortTextLength + 1, QLatin1Char('1'));
    QTest::newRow("phone too long") << d << Verdict { { "phone", { tooLong(200) } } };
    d = validLead();
    d.phone = QStringLiteral("abc");
    QTest::newRow("phone without digits")
        << d
        << Verdict { { "phone",
                       { "Enter a phone number: digits, perhaps with + ( ) - . and spaces." } } };
    d = validLead();
    d.notes = QString(Rules::maxLongTextLength + 1, QLatin1Char('o'));
    QTest::newRow("notes too long") << d << Verdict { { "notes", { tooLong(10000) } } };
    d = validLead();
    d.email = QStringLiteral("not-an-email");
    QTest::newRow("email implausible")
        << d << Verdict { { "email", { "Enter a valid email address." } } };
    d = validLead();
    d.email = QString(Rules::maxEmailLength, QLatin1Char('a')) + QStringLiteral("@x.io");
    QTest::newRow("email too long") << d << Verdict { { "email", { tooLong(254) } } };
    d = validLead();
    d.city.reset();
    d.phone.reset();
    d.email.reset();
    d.notes.reset();
    QTest::newRow("optional fields left out") << d << Verdict();
}

void TestRules::lead()
{
    QFETCH(LeadDraft, draft);
    QFETCH(Verdict, expected);
    QCOMPARE(render(verdict(Rules::checkLead(draft))), render(expected));
}

void TestRules::leadAllProblemsAtOnce()
{
    LeadDraft draft;
    draft.name = QString(Rules::maxNameLength + 1, QLatin1Char(' '));
    draft.email = QStringLiteral("a@b");
    draft.notes = QString(Rules::maxLongTextLength + 1, QLatin1Char('o'));
    const Verdict expected { { "name", { blank, tooLong(200) } },
                             { "status", { required } },
                             { "email", { "Enter a valid email address." } },
                             { "notes", { tooLong(10000) } } };
    QCOMPARE(render(verdict(Rules::checkLead(draft))), render(expected));
}

void TestRules::contact_data()
{
    QTest::addColumn<ContactDraft>("draft");
    QTest::addColumn<Verdict>("expected");

    QTest::newRow("valid") << validContact() << Verdict();
    ContactDraft d = validContact();
    d.lead.reset();
    QTest::newRow("lead required") << d << Verdict { { "lead", { required } } };
    d = validContact();
    d.lead = 3;
    QTest::newRow("lead must exist")
        << d << Verdict { { "lead", { "Invalid pk \"3\" - object does not exist." } } };
    d = validContact();
    d.name.reset();
    QTest::newRow("name required") << d << Verdict { { "name", { required } } };
    d = validContact();
    d.name = QStringLiteral("   ");
    QTest::newRow("name blank") << d << Verdict { { "name", { blank } } };
    d = validContact();
    d.name = QString(Rules::maxNameLength + 1, QLatin1Char('n'));
    QTest::newRow("name too long") << d << Verdict { { "name", { tooLong(200) } } };
    d = validContact();
    d.role = QString(Rules::maxShortTextLength + 1, QLatin1Char('r'));
    QTest::newRow("role too long") << d << Verdict { { "role", { tooLong(200) } } };
    d = validContact();
    d.phone = QString(Rules::maxShortTextLength + 1, QLatin1Char('1'));
    QTest::newRow("phone too long") << d << Verdict { { "phone", { tooLong(200) } } };
    d = validContact();
    d.phone = QStringLiteral("abc");
    QTest::newRow("phone without digits")
        << d
        << Verdict { { "phone",
                       { "Enter a phone number: digits, perhaps with + ( ) - . and spaces." } } };
    d = validContact();
    d.phone = QStringLiteral("+91 (20) 5555-0101");
    QTest::newRow("phone with punctuation") << d << Verdict();
    d = validContact();
    d.email = QStringLiteral("asha@");
    QTest::newRow("email implausible")
        << d << Verdict { { "email", { "Enter a valid email address." } } };
    d = validContact();
    d.lead = 9;
    d.name = QString();
    d.email = QStringLiteral("x");
    QTest::newRow("all at once") << d
                                 << Verdict { { "lead",
                                                { "Invalid pk \"9\" - object does not exist." } },
                                              { "name", { blank } },
                                              { "email", { "Enter a valid email address." } } };
}

void TestRules::contact()
{
    QFETCH(ContactDraft, draft);
    QFETCH(Verdict, expected);
    QCOMPARE(render(verdict(Rules::checkContact(draft, FakeReferences()))), render(expected));
}

void TestRules::contactChange_data()
{
    QTest::addColumn<Contact>("stored");
    QTest::addColumn<ContactDraft>("draft");
    QTest::addColumn<Verdict>("expected");

    const Contact busy { 10, 1, QStringLiteral("Asha"), {}, {}, {} };
    const Contact free { 11, 1, QStringLiteral("Ravi"), {}, {}, {} };
    const QString cannotMove
        = QStringLiteral("A contact with interactions cannot move to another lead.");
    ContactDraft d = ContactDraft::from(busy);
    QTest::newRow("with interactions, same lead") << busy << d << Verdict();
    d.lead = 2;
    QTest::newRow("with interactions, another lead")
        << busy << d << Verdict { { "lead", { cannotMove } } };
    d.name = QStringLiteral(" ");
    QTest::newRow("with interactions, another lead, blank name")
        << busy << d << Verdict { { "name", { blank } }, { "lead", { cannotMove } } };
    d = ContactDraft::from(free);
    d.lead = 2;
    QTest::newRow("without interactions, another lead") << free << d << Verdict();
    d = ContactDraft::from(busy);
    d.lead = 3;
    QTest::newRow("with interactions, a lead that does not exist")
        << busy << d << Verdict { { "lead", { "Invalid pk \"3\" - object does not exist." } } };
    d.lead.reset();
    QTest::newRow("with interactions, lead left out")
        << busy << d << Verdict { { "lead", { required } } };
}

void TestRules::contactChange()
{
    QFETCH(Contact, stored);
    QFETCH(ContactDraft, draft);
    QFETCH(Verdict, expected);
    QCOMPARE(render(verdict(Rules::checkContactChange(draft, stored, FakeReferences()))),
             render(expected));
}

void TestRules::orderDetails_data()
{
    QTest::addColumn<OrderDetailsDraft>("draft");
    QTest::addColumn<Verdict>("expected");

    QTest::newRow("valid") << validOrder() << Verdict();
    OrderDetailsDraft d = validOrder();
    d.quantity = 1;
    d.totalPrice = Money::fromCents(0);
    QTest::newRow("smallest quantity, free") << d << Verdict();
    d = validOrder();
    d.quantity = Rules::maxQuantity;
    QTest::newRow("largest quantity") << d << Verdict();

    d = validOrder();
    d.productDetails.reset();
    QTest::newRow("product required") << d << Verdict { { "product_details", { required } } };
    d = validOrder();
    d.productDetails = QStringLiteral("  ");
    QTest::newRow("product blank") << d << Verdict { { "product_details", { blank } } };
    d = validOrder();
    d.productDetails = QString(Rules::maxLongTextLength + 1, QLatin1Char('p'));
    QTest::newRow("product too long") << d << Verdict { { "product_details", { tooLong(10000) } } };
    d = validOrder();
    d.quantity.reset();
    QTest::newRow("quantity required") << d << Verdict { { "quantity", { required } } };
    d = validOrder();
    d.quantity = 0;
    QTest::newRow("quantity zero")
        << d << Verdict { { "quantity", { "Ensure this value is greater than or equal to 1." } } };
    d = validOrder();
    d.quantity = -5;
    QTest::newRow("quantity negative")
        << d << Verdict { { "quantity", { "Ensure this value is greater than or equal to 1." } } };
    d = validOrder();
    d.quantity = Rules::maxQuantity + 1;
    QTest::newRow("quantity too large")
        << d
        << Verdict { { "quantity", { "Ensure this value is less than or equal to 1000000000." } } };
    d = validOrder();
    d.totalPrice.reset();
    QTest::newRow("price required") << d << Verdict { { "total_price", { required } } };
    d = validOrder();
    d.totalPrice = Money::fromCents(-1);
    QTest::newRow("price negative")
        << d
        << Verdict { { "total_price", { "Ensure this value is greater than or equal to 0." } } };
    d = validOrder();
    d.orderDate.reset();
    QTest::newRow("order date required") << d << Verdict { { "order_date", { required } } };
}

void TestRules::orderDetails()
{
    QFETCH(OrderDetailsDraft, draft);
    QFETCH(Verdict, expected);
    QCOMPARE(render(verdict(Rules::checkOrderDetails(draft))), render(expected));
}

void TestRules::orderDetailsAllProblemsAtOnce()
{
    const Verdict expected { { "product_details", { required } },
                             { "quantity", { required } },
                             { "total_price", { required } },
                             { "order_date", { required } } };
    QCOMPARE(render(verdict(Rules::checkOrderDetails(OrderDetailsDraft()))), render(expected));
}

void TestRules::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << "asha@spice.example" << true;
    QTest::newRow("plus and subdomain") << "a.b+c@mail.spice.co.in" << true;
    QTest::newRow("unicode") << QString::fromUtf8("आशा@उदाहरण.भारत") << true;
    QTest::newRow("no at") << "asha.spice.example" << false;
    QTest::newRow("no domain dot") << "asha@localhost" << false;
    QTest::newRow("two ats") << "a@b@c.io" << false;
    QTest::newRow("space") << "as ha@spice.example" << false;
    QTest::newRow("trailing dot") << "asha@spice." << false;
    QTest::newRow("empty local part") << "@spice.example" << false;
    QTest::newRow("empty") << "" << false;
}

void TestRules::email()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(Rules::isPlausibleEmail(email), plausible);
}

void TestRules::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("digits") << "02055550101" << true;
    QTest::newRow("international") << "+91 20 5555 0101" << true;
    QTest::newRow("brackets and dashes") << "(020) 5555-0101" << true;
    QTest::newRow("dots") << "020.5555.0101" << true;
    QTest::newRow("one digit") << "5" << true;
    QTest::newRow("spaces around") << " 555 " << true;
    QTest::newRow("letters") << "abc" << false;
    QTest::newRow("digits and a letter") << "555-0101 x" << false;
    QTest::newRow("no digit") << "+() -." << false;
    QTest::newRow("slash") << "020/5555" << false;
    QTest::newRow("empty") << "" << false;
}

void TestRules::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, plausible);
    QCOMPARE(Rules::isPlausiblePhone(phone), plausible);
}

void TestRules::typedAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("message");
    const QString notANumber = QStringLiteral("Type the amount as a number, such as 1250.50.");
    QTest::newRow("plain") << "1250" << qint64(125000) << QString();
    QTest::newRow("grouped, spaced") << " 1,250.5 " << qint64(125050) << QString();
    QTest::newRow("largest") << "99999999.99" << Money::maximumCents << QString();
    QTest::newRow("currency") << "Rs 1250" << qint64(-1) << notANumber;
    QTest::newRow("rupee sign") << QString::fromUtf8("₹1250") << qint64(-1) << notANumber;
    QTest::newRow("letters") << "abc" << qint64(-1) << notANumber;
    QTest::newRow("eleven digits")
        << "12345678901" << qint64(-1) << "This is too large: the most is 99999999.99.";
    QTest::newRow("nine whole digits")
        << "100000000" << qint64(-1) << "This is too large: the most is 99999999.99.";
    QTest::newRow("three decimals")
        << "12.345" << qint64(-1) << "Enter an amount with at most two decimals, such as 1250.50.";
}

void TestRules::typedAmount()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(QString, message);
    // The C locale writes the largest amount without group separators.
    QLocale::setDefault(QLocale::c());
    ValidationErrors errors;
    const std::optional<Money> amount
        = Rules::readTypedAmount(text, QStringLiteral("total_price"), errors);
    if (message.isEmpty()) {
        QCOMPARE(amount, std::optional<Money>(Money::fromCents(cents)));
        QVERIFY(errors.isEmpty());
    } else {
        QVERIFY(!amount);
        QCOMPARE(errors.englishMessages(QStringLiteral("total_price")), QStringList { message });
    }
}

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
