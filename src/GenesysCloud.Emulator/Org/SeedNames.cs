namespace GenesysCloud.Emulator.Org;

/// <summary>Name pools for the seeded org; counts beyond a pool get numbered names.</summary>
internal static class SeedNames
{
    public static readonly string[] Departments =
    [
        "Sales", "Customer Service", "Technical Support", "Billing", "Marketing", "Human Resources",
        "Finance", "IT", "Operations", "Legal", "Quality Assurance", "Workforce Management",
    ];

    public static readonly string[] OfficialGroupRoles = ["Leads", "Managers", "Trainers", "Champions", "On Call", "Seniors"];

    public static readonly string[] SocialGroups =
    [
        "Book Club", "Running Club", "Coffee Lovers", "Board Games", "Photography", "Volunteers", "Green Team",
        "Music Fans", "Foodies", "Movie Night", "Parents Network", "Hiking", "Chess Club", "Yoga", "Gamers",
        "Travel Buddies",
    ];

    public static readonly string[] Queues =
    [
        "Billing", "General Support", "Technical Support", "Sales Inbound", "Sales Outbound", "Retention", "VIP",
        "Claims", "Returns", "Collections", "Escalations", "Onboarding", "Fraud Prevention", "Shipping",
        "Spanish Support", "French Support", "German Support", "After Hours", "Chat Support", "Email Support",
        "Social Media", "Callbacks", "Premium Support", "Partner Desk", "Internal Helpdesk",
    ];

    public static readonly string[] Skills =
    [
        "Billing", "Technical Support", "Sales", "Retention", "Escalations", "Claims", "Returns", "Warranty",
        "Onboarding", "Collections", "VIP Support", "Fraud", "Networking", "Hardware", "Software", "Mobile",
        "Payments", "Shipping", "Complaints", "Refunds", "Account Management", "Product Advice", "Installations",
        "Cancellations", "Upgrades", "Renewals", "Compliance", "Chat Etiquette", "Email Writing", "Social Media",
        "Outbound Calling", "Appointments",
    ];

    public static readonly string[] Languages =
    [
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Japanese", "Mandarin",
        "Cantonese", "Korean", "Arabic", "Hindi", "Russian", "Polish", "Swedish", "Norwegian", "Danish",
        "Finnish", "Turkish", "Greek", "Hebrew", "Thai", "Vietnamese",
    ];

    public static readonly string[] WrapupCodes =
    [
        "Resolved", "Callback Requested", "Escalated", "Transferred", "No Answer", "Wrong Number",
        "Voicemail Left", "Sale Completed", "Follow-up Required", "Billing Question", "Technical Issue",
        "Account Update", "Complaint Logged", "Refund Issued", "Information Provided", "Cancelled Order",
        "Order Placed", "Duplicate Contact", "Abandoned", "Spam",
    ];

    public static readonly string[] MediaTypes = ["voice", "voice", "voice", "voice", "chat", "chat", "email", "email", "message", "callback"];

    /// <summary>The pool name for index i, numbered once the pool is used up ("Billing", …, "Billing 2").</summary>
    public static string Numbered(string[] pool, int i) =>
        i < pool.Length ? pool[i] : $"{pool[i % pool.Length]} {(i / pool.Length) + 1}";
}
