#pragma once

// The one word list of generated data, large or small: the restaurants, their people, what they
// buy and what is said. Sample text is data, not interface: it stays as it is in every language.

#include <QtGlobal>

#include <array>

namespace SampleWords {

struct City
{
    const char *name;
    std::array<const char *, 4> areas;
};

inline constexpr std::array<City, 8> cities { {
    { "Mumbai", { "Bandra", "Andheri", "Colaba", "Powai" } },
    { "Delhi", { "Connaught Place", "Hauz Khas", "Saket", "Karol Bagh" } },
    { "Bengaluru", { "Indiranagar", "Koramangala", "Jayanagar", "Whitefield" } },
    { "Chennai", { "T. Nagar", "Adyar", "Mylapore", "Velachery" } },
    { "Hyderabad", { "Banjara Hills", "Jubilee Hills", "Gachibowli", "Begumpet" } },
    { "Pune", { "Koregaon Park", "Baner", "Kothrud", "Viman Nagar" } },
    { "Kolkata", { "Park Street", "Salt Lake", "Ballygunge", "New Town" } },
    { "Jaipur", { "C-Scheme", "Malviya Nagar", "Vaishali Nagar", "Raja Park" } },
} };

inline constexpr std::array<const char *, 25> nameFirsts {
    "Saffron",  "Spice",     "Curry Leaf",  "Tandoor",  "Masala",       "Mango Tree",   "Banyan",
    "Lotus",    "Coriander", "Cardamom",    "Tamarind", "Copper Pot",   "Green Chilli", "Blue Door",
    "Olive",    "Bamboo",    "Monsoon",     "Peacock",  "Silver Spoon", "Clay Oven",    "Jasmine",
    "Cinnamon", "Royal",     "Urban Tadka", "Coastal"
};
inline constexpr std::array<const char *, 14> nameSeconds {
    "Kitchen", "House", "Cafe",    "Bistro", "Dhaba", "Restaurant", "Grill",
    "Eatery",  "Diner", "Canteen", "Bhavan", "Table", "Courtyard",  "Brasserie"
};
// The small mode's leads, named in this order with every seed (UTF-8, unlike the rest).
inline constexpr std::array<const char *, 16> sampleLeadNames {
    "Spice Route Kitchen", "Masala Junction",     "The Tandoor House", "Coastal Curry Co.",
    "Saffron Lounge",      "Chai & Chaat Corner", "Biryani Blues",     "Green Leaf Café",
    "Dosa Plaza",          "Royal Thali",         "Urban Dhaba",       "The Mango Tree",
    "Kebab Factory",       "Little Italy Pune",   "Bombay Brasserie",  "Monsoon Bistro",
};
inline constexpr std::array<const char *, 6> leadNotes {
    "Closed on Mondays.",       "Prefers calls after 3 pm.",
    "Pays within 30 days.",     "Part of a chain of five outlets.",
    "Vegetarian-only kitchen.", "Orders go through the purchase manager.",
};

inline constexpr std::array<const char *, 30> firstNames {
    "Aarav",  "Priya",   "Rohan",  "Ananya", "Vikram", "Sneha", "Arjun",    "Kavya",
    "Rahul",  "Meera",   "Karan",  "Divya",  "Sanjay", "Pooja", "Amit",     "Neha",
    "Ravi",   "Lakshmi", "Farhan", "Zoya",   "Joseph", "Maria", "Harpreet", "Gurpreet",
    "Suresh", "Deepa",   "Manoj",  "Anjali", "Imran",  "Fatima"
};
inline constexpr std::array<const char *, 20> lastNames {
    "Sharma", "Iyer", "Patel",      "Reddy",  "Singh",    "Nair",     "Gupta",
    "Menon",  "Khan", "Das",        "Mehta",  "Kulkarni", "Banerjee", "Fernandes",
    "Joshi",  "Rao",  "Chatterjee", "Pillai", "Malhotra", "Bose"
};
// The first contact of a lead is its owner; the others take the rest in turn.
inline constexpr std::array<const char *, 8> roles {
    "Owner",    "Head Chef", "Purchase Manager", "General Manager",
    "Accounts", "Sous Chef", "Floor Manager",    "Operations Head"
};

struct Product
{
    const char *name; // as written on the order
    const char *shortName; // as said in a conversation
    qint64 unitCents;
};

inline constexpr std::array<Product, 20> products { {
    { "Basmati rice, 25 kg sack", "basmati rice", 245000 },
    { "Sunflower oil, 15 L tin", "sunflower oil", 189000 },
    { "Paneer, 1 kg block", "paneer", 38000 },
    { "Toor dal, 30 kg bag", "toor dal", 396000 },
    { "Ghee, 15 kg tin", "ghee", 825000 },
    { "Garam masala, 500 g pack", "garam masala", 32000 },
    { "Mozzarella, 2 kg block", "mozzarella", 98000 },
    { "Tomato puree, 3 kg can", "tomato puree", 27550 },
    { "Takeaway containers, box of 500", "takeaway containers", 210000 },
    { "Paper napkins, case of 2000", "paper napkins", 64000 },
    { "Green cardamom, 1 kg", "cardamom", 280000 },
    { "Chickpeas, 25 kg bag", "chickpeas", 237500 },
    { "Wheat flour (atta), 50 kg bag", "atta", 165000 },
    { "Cold-pressed mustard oil, 15 L tin", "mustard oil", 245000 },
    { "Coffee beans, 1 kg", "coffee beans", 95000 },
    { "Assam tea, 5 kg", "Assam tea", 210000 },
    { "Frozen peas, 10 kg", "frozen peas", 120000 },
    { "Cheddar, 2 kg block", "cheddar", 132000 },
    { "Kashmiri chilli powder, 1 kg", "chilli powder", 54000 },
    { "Dishwashing liquid, 5 L can", "dishwashing liquid", 45000 },
} };

// %1: the product spoken of; the topics that do not name one ignore it.
inline constexpr std::array<const char *, 15> topics {
    "the monthly supply of %1",
    "pricing for %1",
    "a trial of %1",
    "the new menu for the festive season",
    "delivery slots before lunch service",
    "the outstanding invoice",
    "credit terms for the next quarter",
    "the annual supply contract",
    "switching from their current supplier of %1",
    "a tasting session for the chef",
    "packaging for delivery orders",
    "quality complaints about the last batch of %1",
    "a bulk discount on %1",
    "the weekend brunch menu",
    "opening a second outlet",
};
inline constexpr std::array<const char *, 12> outcomes {
    "will call back next week",
    "asked for a revised quote",
    "comparing us with another supplier",
    "happy with the last delivery",
    "complained that the delivery came late",
    "needs the owner's sign-off",
    "sending samples on Monday",
    "no decision yet",
    "agreed to a trial order",
    "wants a better price",
    "follow up after Diwali",
    "asked for a copy of the GST invoice",
};
// %1 the contact's first name, %2 the topic, %3 the outcome.
inline constexpr std::array<const char *, 4> callPhrases {
    "Called %1 about %2; %3.",
    "Phone call with %1 regarding %2; %3.",
    "Missed call from %1, called back about %2; %3.",
    "Short call on %2; %3.",
};
inline constexpr std::array<const char *, 4> emailPhrases {
    "Emailed %1 the price list for %2; %3.",
    "Sent the revised quote on %2 to %1; %3.",
    "%1 wrote about %2; %3.",
    "Followed up by email on %2; %3.",
};
inline constexpr std::array<const char *, 3> meetingPhrases {
    "Met %1 at their office to discuss %2; %3.",
    "Review meeting on %2 with %1 and the owner; %3.",
    "Video meeting with %1 about %2; %3.",
};
inline constexpr std::array<const char *, 3> visitPhrases {
    "Visited the restaurant and walked the kitchen with %1; talked about %2; %3.",
    "Dropped in before lunch service to discuss %2 with %1; %3.",
    "Site visit: checked the storeroom with %1, then %2; %3.",
};
// %1 the contact's first name, %2 the quantity, %3 the product.
inline constexpr std::array<const char *, 3> orderPhrases {
    "Order placed by %1: %2 x %3.",
    "Repeat order from %1 for %3, %2 units.",
    "%1 confirmed an order of %2 x %3 after the tasting.",
};
// %1 the contact's first name: a lost lead's last word.
inline constexpr const char *lostPhrase
    = "%1 told us they have moved to another supplier; no further orders for now.";

} // namespace SampleWords
