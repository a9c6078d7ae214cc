/**
 * Name syntaxes the API server enforces, shared by document validation (src/io) and the planner's operations, so neither
 * a document nor a plan holds an object a real cluster would refuse. Each check returns null when the value is fine, else the
 * reason.
 *
 * Source: kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go
 * (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsValidPortName, IsQualifiedName, IsValidLabelValue).
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Namespaces. */
export function dns1123LabelProblem(value: string): string | null {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS1123_LABEL.test(value)) return "must consist of lower case letters, digits or '-', and start and end with a letter or digit (e.g. my-name)";
  return null;
}

/** Node and Pod names. */
export function dns1123SubdomainProblem(value: string): string | null {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(value)) return "must consist of lower case letters, digits, '-' or '.', and start and end with a letter or digit (e.g. example.com)";
  return null;
}

/** Service names (ValidateServiceName = NameIsDNS1035Label). */
export function dns1035LabelProblem(value: string): string | null {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS1035_LABEL.test(value)) return "must consist of lower case letters, digits or '-', start with a letter and end with a letter or digit (e.g. my-name)";
  return null;
}

/** IANA_SVC_NAME: named ports. */
export function portNameProblem(value: string): string | null {
  if (value.length > 15) return 'must be no more than 15 characters';
  if (!/^[-a-z0-9]+$/.test(value)) return "must contain only lower case letters, digits and '-'";
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  if (value.includes('--')) return 'must not contain consecutive hyphens';
  if (value.startsWith('-') || value.endsWith('-')) return 'must not begin or end with a hyphen';
  return null;
}

export function labelKeyProblem(key: string): string | null {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (slash >= 0) {
    const prefix = key.slice(0, slash);
    if (prefix === '') return 'the prefix before "/" must not be empty';
    const p = dns1123SubdomainProblem(prefix);
    if (p !== null) return `prefix ${JSON.stringify(prefix)} ${p}`;
  }
  if (name === '') return 'the name part must not be empty';
  if (name.length > 63) return 'the name part must be no more than 63 characters';
  if (!QUALIFIED_NAME.test(name)) return "the name part must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  return null;
}

export function labelValueProblem(value: string): string | null {
  if (value === '') return null;
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!QUALIFIED_NAME.test(value)) return "must be empty or consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  return null;
}

/** Linux interface names (torvalds/linux net/core/dev.c dev_valid_name: at most IFNAMSIZ-1 = 15 bytes). */
export function interfaceNameProblem(value: string): string | null {
  if (value === '' || value === '.' || value === '..') return 'is not an interface name';
  if (value.length > 15) return 'must be no more than 15 characters (Linux IFNAMSIZ)';
  if (/[/\s:]/.test(value)) return "must not contain '/', ':' or whitespace";
  return null;
}

/** Subnets and external networks (the topology format's own names): label-value syntax, non-empty. */
export function localNameProblem(value: string): string | null {
  if (value === '') return 'must not be empty';
  return labelValueProblem(value);
}
