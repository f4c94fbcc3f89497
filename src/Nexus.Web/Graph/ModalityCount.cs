namespace Nexus.Web.Graph;

/// <summary>How many claims of an edge carry one modality.</summary>
public sealed record ModalityCount(Modality Modality, int Claims);
