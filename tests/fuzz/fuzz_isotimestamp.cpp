// libFuzzer target: any text as an ISO 8601 time; what is accepted must format and read back to
// the same instant.
#include "core/isotimestamp.h"
#include "core/money.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const std::optional<QDateTime> time = IsoTimestamp::parse(text)) {
        const QString written = IsoTimestamp::format(*time);
        const std::optional<QDateTime> again = IsoTimestamp::parse(written);
        if (!again || *again != *time || IsoTimestamp::format(*again) != written)
            __builtin_trap();
    }
    if (const std::optional<Money> amount = Money::fromDecimalText(text)) {
        const std::optional<Money> again = Money::fromDecimalText(amount->toDecimalText());
        if (!again || *again != *amount)
            __builtin_trap();
    }
    return 0;
}
