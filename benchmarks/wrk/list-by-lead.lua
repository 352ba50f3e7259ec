-- GET the interactions of one lead (about 100 each among 1,000 leads), a different lead each time.
math.randomseed(2)
request = function()
    return wrk.format("GET", "/track/interactions/?lead=" .. math.random(1, 1000))
end
