-- GET one interaction, a different one each time, spread over the 100,000 generated.
math.randomseed(1)
request = function()
    return wrk.format("GET", "/track/interactions/" .. math.random(1, 100000) .. "/")
end
