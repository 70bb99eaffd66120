package io.govshare.app.opendata.portal;

import io.govshare.app.identity.Actors;
import io.govshare.app.identity.NewUser;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** Self-registration of public users: an active account with the one role {@code PUBLIC_USER}. */
@ApplicationScoped
class AccountService {

    @Inject
    Actors actors;
    @Inject
    Validator validator;

    /** The new account as identity shows it. */
    @Transactional
    public JsonObject register(Registration command) {
        NewUser account = new NewUser(command.username(), command.displayName(), command.password(), null,
                List.of(Role.PUBLIC_USER), true);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewUser> violation : validator.validate(account)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), "invalid", violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The account cannot be registered", errors);
        }
        return actors.register(account);
    }
}
