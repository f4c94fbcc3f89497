global using System.Collections.Frozen;
global using System.Collections.Immutable;
global using System.Text;
global using System.Text.RegularExpressions;
global using Nexus.Core;
