global using System.CommandLine;
global using Nexus.Core;
