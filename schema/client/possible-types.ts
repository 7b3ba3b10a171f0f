
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Application": [
      "GrantApplication",
      "LiftingApplication",
      "MicrocreditApplication"
    ],
    "Node": [
      "GrantApplication",
      "LiftingApplication",
      "MicrocreditApplication"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Application": [
      "GrantApplication",
      "LiftingApplication",
      "MicrocreditApplication"
    ],
    "Node": [
      "GrantApplication",
      "LiftingApplication",
      "MicrocreditApplication"
    ]
  }
};
      export default result;
    