-- GET the orders of one lead (about 10 each), a different lead each time.
math.randomseed(3)
request = function()
    return wrk.format("GET", "/track/interactions/orders/?lead=" .. math.random(1, 1000))
end
