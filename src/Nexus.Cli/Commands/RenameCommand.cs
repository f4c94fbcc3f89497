namespace Nexus.Cli.Commands;

/// <summary><c>nexus rename ENTITY NEW-NAME [--reason TEXT]</c>: the analyst's name for an entity; its id stays.</summary>
internal static class RenameCommand
{
    public static Command Create()
    {
        var entity = new Argument<string>("entity") { Description = "The entity: name, alias or id." };
        var name = new Argument<string>("new-name") { Description = "Its new name." };
        var command = new Command("rename", "Give an entity the analyst's name; stored as a curation and replayed after every ingest.") { entity, name };
        return command.WithDecision((parse, workflow, note, ct) => workflow.RenameAsync(parse.GetValue(entity)!, parse.GetValue(name)!, note, ct));
    }
}
