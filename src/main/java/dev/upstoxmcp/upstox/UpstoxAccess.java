package dev.upstoxmcp.upstox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What every Upstox request needs from the application: the current user's token and the request budgets. */
@ApplicationScoped
public class UpstoxAccess {

    @Inject
    TokenSource tokens;

    @Inject
    RateLimitConfig limits;

    private RequestBudget budget;

    @PostConstruct
    void createBudget() {
        budget = RequestBudget.of(limits);
    }

    @PreDestroy
    void closeBudget() {
        budget.close();
    }

    TokenSource tokens() {
        return tokens;
    }

    RequestBudget budget() {
        return budget;
    }
}
