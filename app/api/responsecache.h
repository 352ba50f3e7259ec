#pragma once

// Answers to GET requests for lists, kept until anything is committed to the file: a list of a
// hundred interactions costs about ten times the HTTP exchange around it, and integrations poll
// the same lists again and again.

#include "apiresponse.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCache>

struct ApiRequest;

class ResponseCache final
{
public:
    // capacityBytes bounds the bodies kept; 0 keeps none.
    ResponseCache(const Database &database, qsizetype capacityBytes);

    void setCapacity(qsizetype capacityBytes);
    qsizetype capacity() const { return m_answers.maxCost(); }

    // The answer kept for this request, if the file has not changed since it was kept.
    std::optional<ApiResponse> find(const ApiRequest &request);
    // Keeps a successful answer to the request find() was last asked about.
    void insert(const ApiRequest &request, const ApiResponse &response);

private:
    static QByteArray keyOf(const ApiRequest &request);

    const Database &m_database;
    QCache<QByteArray, ApiResponse> m_answers;
    Database::ChangeStamp m_stamp;
};
