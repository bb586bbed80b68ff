/** The registry: every rule, in the order the options page lists them. */
import absolutes from './absolutes';
import apologyUndone from './apology-undone';
import asksForRating from './asks-for-rating';
import blamesCustomer from './blames-customer';
import blamesOthers from './blames-others';
import boastsRecord from './boasts-record';
import busyExcuse from './busy-excuse';
import citesRecords from './cites-records';
import conditionalApology from './conditional-apology';
import contradictsCustomer from './contradicts-customer';
import contradictsReview from './contradicts-review';
import correctsCustomer from './corrects-customer';
import demandsRemoval from './demands-removal';
import disclaimsResponsibility from './disclaims-responsibility';
import dueRespect from './due-respect';
import evasivePassive from './evasive-passive';
import feelingsApology from './feelings-apology';
import fingerPointing from './finger-pointing';
import genericApology from './generic-apology';
import heatedWords from './heated-words';
import insults from './insults';
import leadsWithExcuse from './leads-with-excuse';
import lecturesCustomer from './lectures-customer';
import loadedQuestion from './loaded-question';
import minimisesProblem from './minimises-problem';
import mockingEmoji from './mocking-emoji';
import overLimit from './over-limit';
import personalDetails from './personal-details';
import policyShield from './policy-shield';
import promotion from './promotion';
import punctuationRuns from './punctuation-runs';
import questionsHonesty from './questions-honesty';
import reviewIncentive from './review-incentive';
import reviewerName from './reviewer-name';
import sarcasm from './sarcasm';
import sarcasticThanks from './sarcastic-thanks';
import shouting from './shouting';
import sorryToHear from './sorry-to-hear';
import threats from './threats';
import type { Rule } from './types';

export type { Rule, SentenceRule, DraftRule, RuleContext, RuleMatch, Term, Hit, FlaggedExample, FineExample } from './types';

export const RULES: Rule[] = [
  // defensive
  contradictsCustomer,
  contradictsReview,
  blamesCustomer,
  questionsHonesty,
  boastsRecord,
  minimisesProblem,
  correctsCustomer,
  policyShield,
  loadedQuestion,
  fingerPointing,
  dueRespect,
  citesRecords,
  lecturesCustomer,
  // apology
  conditionalApology,
  feelingsApology,
  genericApology,
  sorryToHear,
  // excuse
  leadsWithExcuse,
  busyExcuse,
  disclaimsResponsibility,
  blamesOthers,
  evasivePassive,
  apologyUndone,
  // emotional
  shouting,
  punctuationRuns,
  sarcasm,
  sarcasticThanks,
  mockingEmoji,
  insults,
  threats,
  heatedWords,
  absolutes,
  // policy
  personalDetails,
  reviewerName,
  reviewIncentive,
  demandsRemoval,
  asksForRating,
  promotion,
  overLimit,
];
