namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus split ENTITY MEMBER... [--reason TEXT]</c>: takes members (documentId#key, as
/// <c>nexus members ENTITY</c> lists them) out of an entity, together, into a new one.
/// </summary>
internal static class SplitCommand
{
    public static Command Create()
    {
        var entity = new Argument<string>("entity") { Description = "The entity to split: name, alias or id." };
        var members = new Argument<string[]>("members") { Description = "Members to take out, as `nexus members ENTITY` lists them (sha256:…#e3).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("split", "Take members out of an entity into a new one; stored as a curation and replayed after every ingest.") { entity, members };
        return command.WithDecision((parse, workflow, note, ct) => workflow.SplitAsync(parse.GetValue(entity)!, parse.GetValue(members)!, note, ct));
    }
}
