// The cdktf app entry (see cdktf.json): synthesizes every example stack.
import { App } from 'cdktf';
import { addExampleStacks } from './app';

const app = new App();
addExampleStacks(app);
app.synth();
