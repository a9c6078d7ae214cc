/** The product's version, read from package.json so the CLI's --version, the API and the package never disagree. */
import packageJson from '../../package.json';

export const VERSION: string = packageJson.version;
