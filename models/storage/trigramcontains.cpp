#include "storage/trigramcontains.h"

// Also built as an SQLite extension (TOUCHPOINT_SQLITE_EXTENSION) for the benchmark, so that
// the sqlite3 command line runs the very SQL the window runs.
#ifdef TOUCHPOINT_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#else
#include <sqlite3.h>
#endif

#include <cstring>
#include <string>
#include <vector>

namespace {

// The tokenizer the index was made with: the function answers as the index would because it
// folds case and cuts the text with SQLite's own code, not a copy of it.
struct Tokenizer
{
    fts5_tokenizer api {};
    Fts5Tokenizer *instance = nullptr;

    ~Tokenizer()
    {
        if (instance)
            api.xDelete(instance);
    }
};

fts5_api *fullTextApi(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

using Needle = std::vector<std::string>;

int collectToken(void *context, int, const char *token, int length, int, int)
{
    static_cast<Needle *>(context)->emplace_back(token, size_t(length));
    return SQLITE_OK;
}

// A phrase matches where its tokens stand one after another, one token at each position (the
// trigram tokenizer gives one for every character but the last two); a search of the text.
struct Search
{
    const Needle *needle = nullptr;
    std::vector<size_t> partial; // tokens of needle matched so far, by where they began
};

int matchToken(void *context, int, const char *token, int length, int, int)
{
    auto *search = static_cast<Search *>(context);
    const Needle &needle = *search->needle;
    const auto equals = [&](const std::string &wanted) {
        return wanted.size() == size_t(length)
            && std::memcmp(wanted.data(), token, wanted.size()) == 0;
    };
    size_t kept = 0;
    for (size_t matched : search->partial) {
        if (equals(needle[matched])) {
            if (matched + 1 == needle.size())
                return SQLITE_DONE; // found: stops the tokenizer
            search->partial[kept++] = matched + 1;
        }
    }
    search->partial.resize(kept);
    if (equals(needle.front())) {
        if (needle.size() == 1)
            return SQLITE_DONE;
        search->partial.push_back(1);
    }
    return SQLITE_OK;
}

void deleteNeedle(void *needle)
{
    delete static_cast<Needle *>(needle);
}

void deleteTokenizer(void *tokenizer)
{
    delete static_cast<Tokenizer *>(tokenizer);
}

void trigramContains(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL
        || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto *tokenizer = static_cast<Tokenizer *>(sqlite3_user_data(context));
    // The needle is the same for every row of a statement: cut once, kept with the statement.
    auto *needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1));
    if (!needle) {
        needle = new Needle;
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[1]));
        const int rc
            = tokenizer->api.xTokenize(tokenizer->instance, needle, FTS5_TOKENIZE_QUERY, text,
                                       sqlite3_value_bytes(arguments[1]), collectToken);
        if (rc != SQLITE_OK) {
            delete needle;
            sqlite3_result_error_code(context, rc);
            return;
        }
        sqlite3_set_auxdata(context, 1, needle, deleteNeedle);
        needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 1));
        if (!needle) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    // Like a phrase of no tokens in the index, a needle shorter than three characters finds
    // nothing.
    if (needle->empty()) {
        sqlite3_result_int(context, 0);
        return;
    }
    Search search;
    search.needle = needle;
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int rc = tokenizer->api.xTokenize(tokenizer->instance, &search, FTS5_TOKENIZE_DOCUMENT,
                                            text, sqlite3_value_bytes(arguments[0]), matchToken);
    if (rc == SQLITE_DONE)
        sqlite3_result_int(context, 1);
    else if (rc == SQLITE_OK)
        sqlite3_result_int(context, 0);
    else
        sqlite3_result_error_code(context, rc);
}

} // namespace

int TrigramContains::install(sqlite3 *connection)
{
    if (!connection)
        return SQLITE_MISUSE;
    fts5_api *api = fullTextApi(connection);
    if (!api)
        return SQLITE_ERROR;
    auto *tokenizer = new Tokenizer;
    void *tokenizerContext = nullptr;
    int rc = api->xFindTokenizer(api, "trigram", &tokenizerContext, &tokenizer->api);
    if (rc == SQLITE_OK)
        rc = tokenizer->api.xCreate(tokenizerContext, nullptr, 0, &tokenizer->instance);
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    // Deterministic: SQLite may use it in indexes and run it once for equal arguments.
    return sqlite3_create_function_v2(
        connection, "trigram_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
        tokenizer, trigramContains, nullptr, nullptr, deleteTokenizer);
}

#ifdef TOUCHPOINT_SQLITE_EXTENSION
extern "C" int sqlite3_extension_init(sqlite3 *connection, char **, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    return TrigramContains::install(connection);
}
#endif
