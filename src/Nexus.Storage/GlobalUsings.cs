global using System.Collections.Immutable;
global using System.Data;
global using System.Data.Common;
global using Nexus.Core;
