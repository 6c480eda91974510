using Mediator;

namespace Platform.Domain.Common;

/// <summary>A domain event: something that happened to an aggregate, published before the unit of work commits.</summary>
public interface IDomainEvent : INotification;
