export { componentsByType, interactionSensitivity, interactionsCarrying, interactionsOfComponent } from './landscape';
export { buildProjectIndex, type ProjectIndex } from './projectIndex';
