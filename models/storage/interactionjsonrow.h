#pragma once

// Writes one interaction as the contract's JSON object from an engine's own row, without a
// QVariant or a QString in between: what the API's lists and reads spend most of their time on
// otherwise (docs/benchmarks.md). The keys and their order are JsonForm::write(Interaction)'s;
// tst_interactionjsonlist checks that both write the same bytes, on each engine.

#include "core/isotimestamp.h"
#include "json/jsonbuffer.h"

class InteractionJsonRow final
{
public:
    // The columns a row must hold, in this order.
    static QString columns()
    {
        return QStringLiteral("i.id, i.lead_id, i.contact_id, i.interaction_type, i.details,"
                              " i.order_placed, i.occurred_at");
    }

    // Row has qint64 number(int column) and std::pair<const char *, qsizetype> text(int column)
    // (UTF-8, not terminated) for the columns above.
    template<typename Row> static void append(JsonBuffer &out, const Row &row)
    {
        out.appendLiteral("{\"id\":");
        out.appendNumber(row.number(0));
        out.appendLiteral(",\"lead\":");
        out.appendNumber(row.number(1));
        out.appendLiteral(",\"contact\":");
        out.appendNumber(row.number(2));
        out.appendLiteral(",\"interaction_type\":");
        appendText(out, row.text(3));
        out.appendLiteral(",\"details\":");
        appendText(out, row.text(4));
        if (row.number(5) != 0)
            out.appendLiteral(",\"order_placed\":true,\"date\":\"");
        else
            out.appendLiteral(",\"order_placed\":false,\"date\":\"");
        char date[32];
        out.append(date, IsoTimestamp::formatSeconds(row.number(6), date));
        out.appendLiteral("\"}");
    }

private:
    static void appendText(JsonBuffer &out, const std::pair<const char *, qsizetype> &text)
    {
        out.appendQuotedUtf8(text.first ? text.first : "", text.first ? text.second : 0);
    }
};
