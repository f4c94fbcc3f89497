namespace Nexus.Storage.Relational;

/// <summary>A table written row by row with <see cref="Commands.InsertAsync"/>: its name and the columns a row fills, in order.</summary>
internal sealed record Table(string Name, ImmutableArray<Column> Columns);
