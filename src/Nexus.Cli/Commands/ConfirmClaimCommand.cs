namespace Nexus.Cli.Commands;

/// <summary><c>nexus confirm-claim CLAIM-ID [--reason TEXT]</c>: the analyst checked a claim against its source; lifts an earlier rejection.</summary>
internal static class ConfirmClaimCommand
{
    public static Command Create()
    {
        var claim = new Argument<string>("claim-id") { Description = "The claim's id (sha256:…#c3), as `nexus claims NAME` shows it." };
        var command = new Command("confirm-claim", "Mark a claim as checked against its source; lifts an earlier rejection.") { claim };
        return command.WithDecision((parse, workflow, note, ct) => workflow.ConfirmClaimAsync(parse.GetValue(claim)!, note, ct));
    }
}
