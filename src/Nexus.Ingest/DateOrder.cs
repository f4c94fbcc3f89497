namespace Nexus.Ingest;

/// <summary>How to read an all-numeric date such as 03/04/2026 whose day and month could be swapped.</summary>
public enum DateOrder
{
    /// <summary>Only read numeric dates whose order is unambiguous (a part above 12).</summary>
    Unknown,

    /// <summary>Day first, as in most of the world: 03/04/2026 is 3 April.</summary>
    DayFirst,

    /// <summary>Month first, as in the United States: 03/04/2026 is 4 March.</summary>
    MonthFirst,
}
