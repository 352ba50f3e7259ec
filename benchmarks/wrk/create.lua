-- POST a new interaction with one of a lead's own contacts: in a freshly generated database lead
-- L has contacts 3L-2, 3L-1 and 3L (1,000 leads x 3 contacts).
math.randomseed(4)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
    local lead = math.random(1, 1000)
    local contact = 3 * lead - 2 + math.random(0, 2)
    local body = string.format('{"lead": %d, "contact": %d, "interaction_type": "CALL",'
        .. ' "details": "Benchmark call about the weekly order.", "order_placed": false,'
        .. ' "date": "2025-06-01T10:00:00Z"}', lead, contact)
    return wrk.format(nil, "/track/interactions/", nil, body)
end
