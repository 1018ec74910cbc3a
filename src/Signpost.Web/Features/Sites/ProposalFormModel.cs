namespace Signpost.Web.Features.Sites;

public sealed record ProposalFormModel(ProposalInput Input, ProposalChoices Choices);
