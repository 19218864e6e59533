// The base stylesheet goes first so that each component's own stylesheet can refine it.
import './styles.css';
import { render } from 'solid-js/web';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
render(() => <App />, root);
