namespace Nexus.Core;

/// <summary>What an analyst decided.</summary>
public enum CurationAction
{
    /// <summary>Targets are two or more entities that are one.</summary>
    Merge,

    /// <summary>Targets are document-local members to take out of an entity.</summary>
    Split,

    /// <summary>Target is an entity; value is its new canonical name.</summary>
    Rename,

    /// <summary>Target is a claim the analyst judges wrongly extracted.</summary>
    RejectClaim,

    /// <summary>Target is a claim the analyst checked against its source.</summary>
    ConfirmClaim,

    /// <summary>Target is a publisher or source; value is an Admiralty reliability letter.</summary>
    GradeSource,
}
