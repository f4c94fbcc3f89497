namespace Nexus.Ingest.Cleaning;

/// <summary>
/// The generic words of web site furniture (menus, sharing, subscriptions, legal notices), in any
/// site's chrome; not the strings of any one site. Lower-case, compared case-insensitively.
/// </summary>
internal static class ChromeVocabulary
{
    /// <summary>Words of menus and link lists: a line made mostly of these is navigation.</summary>
    public static readonly FrozenSet<string> LinkWords = new[]
    {
        "home", "homepage", "page", "pages", "index", "more", "latest", "news", "subscribe", "share", "shares",
        "menu", "search", "login", "log", "sign", "signin", "register", "contact", "about", "privacy", "terms",
        "cookie", "cookies", "policy", "advertise", "advertisement", "ads", "newsletter", "newsletters", "follow",
        "facebook", "twitter", "linkedin", "instagram", "youtube", "whatsapp", "telegram", "tiktok", "reddit",
        "email", "print", "comments", "comment", "related", "read", "next", "previous", "prev", "back", "top",
        "skip", "navigation", "site", "sitemap", "archive", "archives", "categories", "category", "tags", "tag",
        "trending", "popular", "video", "videos", "photos", "gallery", "podcast", "podcasts", "blog", "blogs",
        "opinion", "world", "politics", "business", "sport", "sports", "entertainment", "lifestyle", "technology",
        "tech", "science", "health", "edition", "epaper", "live", "watch", "listen", "download", "app", "apps",
        "feedback", "careers", "faq", "help", "account", "rss", "go", "click", "here", "view", "all", "up",
        "us", "feed", "feeds", "copyright", "rights", "reserved", "loading", "accept", "settings",
        "close", "open", "toggle", "stories", "story", "headlines", "section", "sections", "topics", "topic",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases that almost only occur in site furniture, even inside whole sentences (a cookie notice,
    /// a newsletter box, a copyright line). Each occurrence weighs against a line.
    /// </summary>
    public static readonly ImmutableArray<string> ChromePhrases =
    [
        "cookie", "newsletter", "subscribe", "unsubscribe", "sign up", "log in", "sign in", "privacy policy",
        "terms of use", "terms of service", "terms and conditions", "all rights reserved", "copyright", "©",
        "share this", "follow us", "advertisement", "click here", "read more", "javascript", "your browser",
        "your inbox", "your email", "download the app", "our app", "notifications", "this email", "signed up",
        "preferences", "view in browser", "forward to a friend",
    ];

    /// <summary>How link lists and teasers announce themselves at the start of a line.</summary>
    public static readonly ImmutableArray<string> LinkCues =
    [
        "related", "read more", "read also", "also read", "see also", "recommended", "more from", "more on",
        "watch", "trending", "most read", "most popular", "tags", "filed under", "topics", "share", "follow",
        "advertisement", "sponsored", "you may also like", "don't miss", "next article", "previous article",
        "back to top", "skip to",
    ];

    /// <summary>Characters that separate links in a menu or breadcrumb.</summary>
    public static bool IsSeparator(string token) =>
        token is "|" or "»" or "«" or ">>" or "<<" or "›" or "‹" or ">" or "•" or "·" or "/" or "–" or "—" or "-" or "::";
}
