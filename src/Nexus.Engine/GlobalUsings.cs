global using Nexus.Core;
