#pragma once

// What a store answers: the value, or why not (no such row, the rules said no, the database
// failed).

#include "core/validationerrors.h"

#include <QString>

enum class StoreStatus { Ok, NotFound, Invalid, Failed };

template<typename T> struct StoreResult
{
    StoreStatus status = StoreStatus::Ok;
    T value {};
    ValidationErrors errors; // when Invalid
    QString failure; // when Failed: the database's own words

    bool ok() const { return status == StoreStatus::Ok; }

    static StoreResult success(T value) { return { StoreStatus::Ok, std::move(value), {}, {} }; }
    static StoreResult notFound() { return { StoreStatus::NotFound, T {}, {}, {} }; }
    static StoreResult invalid(ValidationErrors errors)
    {
        return { StoreStatus::Invalid, T {}, std::move(errors), {} };
    }
    static StoreResult failed(QString failure)
    {
        return { StoreStatus::Failed, T {}, {}, std::move(failure) };
    }
    // Carries a failure of another kind of result across.
    template<typename U> static StoreResult from(const StoreResult<U> &other)
    {
        return { other.status, T {}, other.errors, other.failure };
    }
};
