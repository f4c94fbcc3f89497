global using System.Collections.Immutable;
global using Nexus.Core;
global using Nexus.Export.Snapshots;
global using Nexus.Storage;
global using Nexus.Testing;
