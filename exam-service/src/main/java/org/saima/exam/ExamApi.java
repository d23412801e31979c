package org.saima.exam;

import io.vertx.ext.web.openapi.router.RouterBuilder;

/** The exam service's route table. Sign-in, audit, health, metrics and docs come from the platform. */
public final class ExamApi {
  public void routes(RouterBuilder api) {
    // The service's own operations are added with the issues that build them.
  }
}
