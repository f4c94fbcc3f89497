global using System.Collections.Immutable;
global using Nexus.Core;
global using Nexus.Analysis.Tests.Support;
global using Nexus.Storage;
global using Nexus.Testing;
