/** The registry: every rule, in the order the options page lists them. */
import blamesCustomer from './blames-customer';
import boastsRecord from './boasts-record';
import conditionalApology from './conditional-apology';
import contradictsCustomer from './contradicts-customer';
import correctsCustomer from './corrects-customer';
import dueRespect from './due-respect';
import feelingsApology from './feelings-apology';
import fingerPointing from './finger-pointing';
import genericApology from './generic-apology';
import loadedQuestion from './loaded-question';
import minimisesProblem from './minimises-problem';
import policyShield from './policy-shield';
import questionsHonesty from './questions-honesty';
import type { Rule } from './types';

export type { Rule, SentenceRule, DraftRule, RuleContext, RuleMatch, Term, Hit, FlaggedExample, FineExample } from './types';

export const RULES: Rule[] = [
  // defensive
  contradictsCustomer,
  blamesCustomer,
  questionsHonesty,
  boastsRecord,
  minimisesProblem,
  correctsCustomer,
  policyShield,
  loadedQuestion,
  fingerPointing,
  dueRespect,
  // apology
  conditionalApology,
  feelingsApology,
  genericApology,
];
