using Microsoft.AspNetCore.Identity;

namespace Signpost.Data.Entities;

/// <summary>A sign-in account. Usernames are unique across the deployment; the account belongs to one school and one person.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid SchoolId { get; set; }
    public Guid PersonId { get; set; }
}
