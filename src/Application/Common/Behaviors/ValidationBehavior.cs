using FluentValidation;
using Mediator;
using Platform.Application.Common.Results;

namespace Platform.Application.Common.Behaviors;

/// <summary>Runs the message's FluentValidation validators; failures come back as a failed Result, never an exception.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IUseCaseResult, IFailureFactory<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<Error>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
            {
                (errors ??= []).Add(Error.Validation(
                    string.IsNullOrEmpty(failure.ErrorCode) ? "validation.invalid" : failure.ErrorCode,
                    failure.ErrorMessage,
                    failure.PropertyName));
            }
        }

        return errors is null ? await next(message, cancellationToken) : TResponse.Failure(errors);
    }
}
