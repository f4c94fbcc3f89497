namespace Nexus.Cli.Commands;

/// <summary><c>nexus reject-claim CLAIM-ID [--reason TEXT]</c>: a claim the analyst judges wrongly extracted stays stored, marked rejected.</summary>
internal static class RejectClaimCommand
{
    public static Command Create()
    {
        var claim = new Argument<string>("claim-id") { Description = "The claim's id (sha256:…#c3), as `nexus claims NAME` shows it." };
        var command = new Command("reject-claim", "Mark a claim as wrongly extracted; it stays stored and is shown as rejected.") { claim };
        return command.WithDecision((parse, workflow, note, ct) => workflow.RejectClaimAsync(parse.GetValue(claim)!, note, ct));
    }
}
