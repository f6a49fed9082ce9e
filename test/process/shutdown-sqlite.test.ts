import { describeShutdownScenarios } from "../support/shutdown-scenarios.js";

describeShutdownScenarios("sqlite");
