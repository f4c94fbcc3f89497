global using Nexus.Cli.Tests.Support;
global using Nexus.Testing;
