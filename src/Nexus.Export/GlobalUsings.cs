global using System.Collections.Immutable;
global using Nexus.Core;
global using Nexus.Storage;
